#!/usr/bin/env bash
# Streaming memory check for `analyze`: generates JSONL and CSV inputs of the given sizes (MB) under /tmp
# (never in the repository) from the corpus articles, runs the Release build on each and reports the peak
# resident memory. Flat memory means the peak does not grow with the input size.
#
#   tests/NewsAnalysis.Benchmarks/scripts/stream-memory.sh 50 400      # sizes in MB (default: 50 400)
#
# Needs python3 (generation) and a Release build of samples/NewsAnalysis.Sample (built here if missing).
set -euo pipefail
cd "$(dirname "$0")/../../.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(50 400)

scratch="${TMPDIR:-/tmp}/newsanalysis-stream-memory"
mkdir -p "$scratch"
trap 'rm -rf "$scratch"' EXIT
tool=samples/NewsAnalysis.Sample/bin/Release/net10.0/NewsAnalysis.Sample.dll
[ -f "$tool" ] || dotnet build samples/NewsAnalysis.Sample -c Release --nologo -v quiet

generate() { # format size_mb path
    python3 - "$1" "$2" "$3" <<'PY'
import csv, glob, json, sys
fmt, size, path = sys.argv[1], int(sys.argv[2]) * 1_000_000, sys.argv[3]
texts = [open(f, encoding="utf-8").read() for f in sorted(glob.glob("corpus/*/*.txt"))]
written, n = 0, 0
with open(path, "w", encoding="utf-8", newline="") as out:
    writer = csv.writer(out) if fmt == "csv" else None
    if writer: writer.writerow(["id", "title", "text"])
    while written < size:
        text = texts[n % len(texts)]
        if writer:
            writer.writerow([f"doc{n}", f"Title {n}", text])  # quoted multi-line fields
        else:
            out.write(json.dumps({"id": f"doc{n}", "text": text}, ensure_ascii=False) + "\n")
        written += len(text.encode("utf-8")) + 20
        n += 1
print(f"{path}: {n} documents")
PY
}

peak() { # command... ; prints peak RSS in MB (VmHWM polled from /proc), runs the command with output to files in scratch
    "$@" > "$scratch/stdout" 2> "$scratch/stderr" &
    local pid=$! hwm=0 v
    while kill -0 "$pid" 2>/dev/null; do
        v=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
        [ -n "$v" ] && hwm=$v
        sleep 0.2
    done
    wait "$pid" || { echo "command failed: $*" >&2; tail -5 "$scratch/stderr" >&2; return 1; }
    echo $((hwm / 1024))
}

# jsonl: JSONL in, JSON lines out; json: JSONL in, one JSON array out; csv: CSV in, --format csv out.
printf '%-6s %8s %10s %12s %10s\n' format "size MB" "documents" "peak RSS MB" "seconds"
for fmt in jsonl json csv; do
    for size in "${sizes[@]}"; do
        ext=$([ "$fmt" = csv ] && echo csv || echo jsonl)
        input="$scratch/input-$size-$fmt.$ext"
        generate "$ext" "$size" "$input" > /dev/null
        bytes=$(stat -c %s "$input")
        start=$(date +%s.%N)
        if [ "$fmt" = csv ]; then
            mb=$(peak dotnet "$tool" analyze "$input" --format csv --out "$scratch/out" --quiet)
        elif [ "$fmt" = json ]; then
            mb=$(peak dotnet "$tool" analyze "$input" --format json --quiet)
        else
            mb=$(peak dotnet "$tool" analyze "$input" --quiet)
        fi
        seconds=$(echo "$(date +%s.%N) - $start" | bc)
        case "$fmt" in
            csv) docs=$(( $(wc -l < "$scratch/out/documents.csv") - 1 )) ;;
            json) docs=$(grep -o '{"id":"doc' "$scratch/stdout" | wc -l) ;;
            *) docs=$(wc -l < "$scratch/stdout") ;;
        esac
        printf '%-6s %8.0f %10s %12s %10.0f\n' "$fmt" "$(echo "$bytes / 1000000" | bc -l)" "$docs" "$mb" "$seconds"
        rm -rf "$input" "$scratch/out" "$scratch/stdout"
    done
done
