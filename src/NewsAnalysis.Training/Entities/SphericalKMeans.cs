using System.Numerics;

namespace NewsAnalysis.Training.Entities;

/// <summary>
/// Spherical k-means over sparse unit vectors (cosine similarity): assign each vector to its most similar
/// centroid, recompute centroids as normalised member sums, repeat. Deterministic for a given seed: the
/// assignments are computed in parallel but each is independent, and centroids are summed in input order.
/// </summary>
internal static class SphericalKMeans
{
    /// <summary>One sparse vector: feature indices and values (unit length).</summary>
    public readonly record struct SparseVector(int[] Indices, float[] Values);

    /// <summary>Clusters <paramref name="vectors"/> into <paramref name="k"/> classes; returns each vector's class.</summary>
    public static int[] Cluster(IReadOnlyList<SparseVector> vectors, int dimensions, int k, int iterations, int seed, TextWriter log)
    {
        var n = vectors.Count;
        k = Math.Min(k, n);
        var random = new Random(seed);

        // Initial centroids: k distinct vectors drawn with the seeded generator from the more frequent half
        // (the caller orders vectors by frequency), whose contexts are the most reliable.
        var pool = Enumerable.Range(0, Math.Max(k, n / 2)).ToArray();
        random.Shuffle(pool);
        var centroidsT = new float[dimensions * k]; // feature-major: the k centroid weights of feature f are contiguous
        for (var c = 0; c < k; c++)
        {
            var v = vectors[pool[c]];
            for (var j = 0; j < v.Indices.Length; j++)
            {
                centroidsT[v.Indices[j] * k + c] = v.Values[j];
            }
        }

        var assignment = new int[n];
        var similarity = new float[n];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var changed = 0;
            Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, () => new float[k], (i, _, scores) =>
            {
                Array.Clear(scores);
                var v = vectors[i];
                var span = scores.AsSpan();
                for (var j = 0; j < v.Indices.Length; j++)
                {
                    AddScaled(span, centroidsT.AsSpan(v.Indices[j] * k, k), v.Values[j]);
                }

                var best = 0;
                for (var c = 1; c < k; c++)
                {
                    if (scores[c] > scores[best])
                    {
                        best = c;
                    }
                }

                if (iteration == 0 || assignment[i] != best)
                {
                    Interlocked.Increment(ref changed);
                }

                assignment[i] = best;
                similarity[i] = scores[best];
                return scores;
            }, _ => { });

            // New centroids: member sums in input order, then unit length. An empty class takes the vector
            // that fits its own class worst (lowest index on ties), so that k classes stay in use.
            var sums = new double[k * dimensions];
            var sizes = new int[k];
            for (var i = 0; i < n; i++)
            {
                sizes[assignment[i]]++;
            }

            var worst = Enumerable.Range(0, n).OrderBy(i => similarity[i]).ThenBy(i => i).GetEnumerator();
            for (var c = 0; c < k; c++)
            {
                if (sizes[c] == 0 && worst.MoveNext())
                {
                    sizes[assignment[worst.Current]]--;
                    assignment[worst.Current] = c;
                    sizes[c] = 1;
                }
            }

            for (var i = 0; i < n; i++)
            {
                var v = vectors[i];
                var c = assignment[i];
                for (var j = 0; j < v.Indices.Length; j++)
                {
                    sums[c * dimensions + v.Indices[j]] += v.Values[j];
                }
            }

            Array.Clear(centroidsT);
            for (var c = 0; c < k; c++)
            {
                var norm = 0.0;
                for (var f = 0; f < dimensions; f++)
                {
                    norm += sums[c * dimensions + f] * sums[c * dimensions + f];
                }

                norm = Math.Sqrt(norm);
                if (norm > 0)
                {
                    for (var f = 0; f < dimensions; f++)
                    {
                        centroidsT[f * k + c] = (float)(sums[c * dimensions + f] / norm);
                    }
                }
            }

            log.WriteLine($"  k={k} iteration {iteration + 1}: {changed:N0} changed, mean similarity {similarity.Average():F4}");
            if (iteration > 0 && changed <= n / 1000)
            {
                break;
            }
        }

        return assignment;
    }

    /// <summary>The centroid (unit length, dense) of each class, for a second, coarser clustering.</summary>
    public static List<SparseVector> Centroids(IReadOnlyList<SparseVector> vectors, int[] assignment, int k, int dimensions)
    {
        var sums = new double[k, dimensions];
        for (var i = 0; i < vectors.Count; i++)
        {
            var v = vectors[i];
            for (var j = 0; j < v.Indices.Length; j++)
            {
                sums[assignment[i], v.Indices[j]] += v.Values[j];
            }
        }

        var result = new List<SparseVector>(k);
        for (var c = 0; c < k; c++)
        {
            var indices = new List<int>();
            var values = new List<float>();
            var norm = 0.0;
            for (var f = 0; f < dimensions; f++)
            {
                norm += sums[c, f] * sums[c, f];
            }

            norm = Math.Sqrt(norm);
            for (var f = 0; f < dimensions; f++)
            {
                if (sums[c, f] != 0 && norm > 0)
                {
                    indices.Add(f);
                    values.Add((float)(sums[c, f] / norm));
                }
            }

            result.Add(new SparseVector([.. indices], [.. values]));
        }

        return result;
    }

    private static void AddScaled(Span<float> target, ReadOnlySpan<float> source, float factor)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var f = new Vector<float>(factor);
            for (; i <= target.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                (new Vector<float>(target[i..]) + new Vector<float>(source[i..]) * f).CopyTo(target[i..]);
            }
        }

        for (; i < target.Length; i++)
        {
            target[i] += source[i] * factor;
        }
    }
}
