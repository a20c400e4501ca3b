namespace WorkAbility.Domain.Statistics;

/// <summary>
/// Finds a small group (1–4) that a reader could work out exactly from what one period of a figure publishes.
/// <para>
/// Every row and column of the extended table (<see cref="LinkedTable"/>) adds up to zero, so the hidden cells are the
/// unknowns of one equation per row and column: a bipartite graph whose edges are the hidden cells. The values a reader
/// cannot tell apart differ by circulations — ±1 around cycles of hidden cells — so a sum of hidden cells is fixed by the
/// published figures exactly when no cycle passes through it in and out (through one of its cells and one outside it).
/// Cycles meet in blocks (biconnected components): two edges at a vertex lie on a common cycle exactly when they are in
/// the same block. A group of a column (a filter's slices in one category, or in the total) is therefore worked out when
/// each block at that column lies wholly inside it or wholly outside it.
/// </para>
/// Overlapping categories have no row equations: the rows are one free vertex, so the cells of a column are parallel edges.
/// </summary>
internal static class DerivationAudit
{
    /// <summary>A group the published figures give away: the column, the rows it adds up, and its hidden cells.</summary>
    public sealed record Finding(int Column, int[] Group, IReadOnlyList<int> HiddenRows);

    public static Finding? Find(LinkedTable table, IReadOnlyList<int[]> groups)
    {
        var blocks = Blocks(table);
        for (int c = 0; c < table.Columns; c++)
        {
            var atColumn = new List<(int Row, int Block)>();
            for (int r = 0; r < table.Rows; r++)
            {
                if (table.Hidden[r, c])
                {
                    atColumn.Add((r, blocks[(r, c)]));
                }
            }
            if (atColumn.Count == 0)
            {
                continue;
            }
            foreach (var group in groups)
            {
                int value = 0;
                foreach (int r in group)
                {
                    value += table.Values[r, c];
                }
                if (SmallGroups.Reveal(value) is not null)
                {
                    continue;
                }
                var inside = new HashSet<int>(group);
                var hidden = atColumn.Where(e => inside.Contains(e.Row)).ToList();
                if (hidden.Count == 0)
                {
                    continue;
                }
                bool split = atColumn.GroupBy(e => e.Block).Any(b => b.Any(e => inside.Contains(e.Row)) && b.Any(e => !inside.Contains(e.Row)));
                if (!split)
                {
                    return new Finding(c, group, hidden.Select(e => e.Row).ToList());
                }
            }
        }
        return null;
    }

    /// <summary>The block of every hidden cell (Hopcroft–Tarjan over the edges, parallel edges allowed).</summary>
    private static Dictionary<(int Row, int Column), int> Blocks(LinkedTable table)
    {
        int rowVertices = table.Additive ? table.Rows : 1;
        int vertices = rowVertices + table.Columns;
        var edges = new List<(int Row, int Column)>();
        var adjacent = Enumerable.Range(0, vertices).Select(_ => new List<(int Edge, int To)>()).ToArray();
        for (int r = 0; r < table.Rows; r++)
        {
            for (int c = 0; c < table.Columns; c++)
            {
                if (!table.Hidden[r, c])
                {
                    continue;
                }
                int u = table.Additive ? r : 0, v = rowVertices + c;
                adjacent[u].Add((edges.Count, v));
                adjacent[v].Add((edges.Count, u));
                edges.Add((r, c));
            }
        }

        var blockOf = new Dictionary<(int, int), int>();
        var discovered = new int[vertices];
        var low = new int[vertices];
        var stack = new Stack<int>();
        int time = 0, blocks = 0;

        void Visit(int u, int viaEdge)
        {
            discovered[u] = low[u] = ++time;
            foreach (var (edge, to) in adjacent[u])
            {
                if (edge == viaEdge)
                {
                    continue;
                }
                if (discovered[to] == 0)
                {
                    stack.Push(edge);
                    Visit(to, edge);
                    low[u] = Math.Min(low[u], low[to]);
                    if (low[to] >= discovered[u])
                    {
                        int popped;
                        do
                        {
                            popped = stack.Pop();
                            blockOf[edges[popped]] = blocks;
                        }
                        while (popped != edge);
                        blocks++;
                    }
                }
                else if (discovered[to] < discovered[u])
                {
                    stack.Push(edge);
                    low[u] = Math.Min(low[u], discovered[to]);
                }
            }
        }

        for (int v = 0; v < vertices; v++)
        {
            if (discovered[v] == 0)
            {
                Visit(v, -1);
            }
        }
        return blockOf;
    }
}
