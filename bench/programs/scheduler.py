# A toy operating-system scheduler: tasks as objects passing packets through queues.
class Packet:
    __slots__ = ("link", "ident", "kind", "datum", "data")

    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.count = 0

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take(self):
        p = self.queue
        self.queue = p.link
        self.waiting = self.queue is not None and False
        return p

    def step(self):
        raise NotImplementedError


class Worker(Task):
    def step(self):
        if self.queue is None:
            self.waiting = True
            return None
        p = self.take()
        self.count += 1
        for i in range(len(p.data)):
            p.data[i] = (p.data[i] + self.count + i) % 26
        p.datum = sum(p.data)
        target = self.scheduler.tasks[(self.ident + p.datum) % len(self.scheduler.tasks)]
        return self.scheduler.send(p, target)


class Idler(Task):
    def __init__(self, *args, seed=1):
        super().__init__(*args)
        self.seed = seed

    def step(self):
        self.seed = (self.seed * 1103515245 + 12345) & 0x7FFFFFFF
        self.count += 1
        victim = self.scheduler.tasks[self.seed % len(self.scheduler.tasks)]
        victim.held = not victim.held if victim is not self else False
        return victim


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.sent = 0

    def send(self, packet, task):
        self.sent += 1
        task.queue = packet.append_to(task.queue)
        task.waiting = False
        return task

    def run(self, steps):
        n = 0
        while n < steps:
            for t in sorted(self.tasks, key=lambda t: -t.priority):
                if t.runnable():
                    t.step()
                n += 1
        return self.sent, [t.count for t in self.tasks]


s = Scheduler()
for i in range(6):
    q = None
    for k in range(3):
        q = Packet(None, i, k).append_to(q)
    s.tasks.append(Worker(s, i, i % 3, q))
s.tasks.append(Idler(s, 6, 5, None, seed=7))
print(s.run(4000000))
