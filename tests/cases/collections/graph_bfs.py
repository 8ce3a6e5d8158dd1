edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "g")]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)


def bfs(start):
    dist = {start: 0}
    frontier = [start]
    while frontier:
        nxt = []
        for node in frontier:
            for m in sorted(graph[node]):
                if m not in dist:
                    dist[m] = dist[node] + 1
                    nxt.append(m)
        frontier = nxt
    return dist


print(bfs("a"))
print(bfs("f"))
components = []
seen = set()
for node in sorted(graph):
    if node not in seen:
        comp = sorted(bfs(node))
        seen.update(comp)
        components.append(comp)
print(components)


def paths(u, goal, path):
    if u == goal:
        yield path
        return
    for m in sorted(graph[u]):
        if m not in path:
            yield from paths(m, goal, path + [m])


print(list(paths("a", "e", ["a"])))
