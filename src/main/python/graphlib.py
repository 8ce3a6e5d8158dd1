"""Topological sorting of a graph of hashable nodes, Taipan's own implementation.

Nodes are kept in the order they were first mentioned; each knows its successors (in the order
the edges were added) and how many predecessors are not yet done, so get_ready() and
static_order() hand nodes out in the same order as CPython's.
"""

import types

__all__ = ['TopologicalSorter', 'CycleError']

_PASSED_OUT = -1
_DONE = -2


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] is one cycle, first node repeated last."""


class _Node:
    __slots__ = ('node', 'waiting', 'successors')

    def __init__(self, node):
        self.node = node
        self.waiting = 0        # predecessors not done, or _PASSED_OUT / _DONE
        self.successors = []


class TopologicalSorter:
    """Orders the nodes of a graph so that every node comes after its predecessors."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None      # None until prepare()
        self._passed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError('Nodes cannot be added after a call to prepare()')
        info = self._info(node)
        info.waiting += len(predecessors)
        for p in predecessors:
            self._info(p).successors.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError('cannot prepare() more than once')
        self._ready = [i.node for i in self._nodes.values() if i.waiting == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError('nodes are in a cycle', cycle)

    def get_ready(self):
        if self._ready is None:
            raise ValueError('prepare() must be called first')
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].waiting = _PASSED_OUT
        self._ready.clear()
        self._passed_out += len(result)
        return result

    def is_active(self):
        if self._ready is None:
            raise ValueError('prepare() must be called first')
        return self._finished < self._passed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready is None:
            raise ValueError('prepare() must be called first')
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f'node {node!r} was not added using add()')
            if info.waiting != _PASSED_OUT:
                if info.waiting >= 0:
                    raise ValueError(f'node {node!r} was not passed out (still not ready)')
                raise ValueError(f'node {node!r} was already marked done')
            info.waiting = _DONE
            for succ in info.successors:
                s = self._nodes[succ]
                s.waiting -= 1
                if s.waiting == 0:
                    self._ready.append(succ)
            self._finished += 1

    def _find_cycle(self):
        """A depth-first search over successors from each node in turn; the first back edge is a cycle."""
        seen = set()
        for start in self._nodes:
            if start in seen:
                continue
            path, position, pending = [], {}, []
            node = start
            while True:
                if node in seen:
                    if node in position:
                        return path[position[node]:] + [node]
                else:
                    seen.add(node)
                    position[node] = len(path)
                    path.append(node)
                    pending.append(iter(self._nodes[node].successors))
                while pending:
                    node = next(pending[-1], _END)
                    if node is not _END:
                        break
                    pending.pop()
                    del position[path.pop()]
                else:
                    break
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(types.GenericAlias)


_END = object()
