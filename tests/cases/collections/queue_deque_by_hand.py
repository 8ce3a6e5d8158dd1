class RingBuffer:
    def __init__(self, capacity):
        self.data = [None] * capacity
        self.start = 0
        self.size = 0

    def push(self, v):
        cap = len(self.data)
        if self.size == cap:
            self.data[self.start] = v
            self.start = (self.start + 1) % cap
        else:
            self.data[(self.start + self.size) % cap] = v
            self.size += 1

    def items(self):
        return [self.data[(self.start + i) % len(self.data)] for i in range(self.size)]


rb = RingBuffer(3)
for i in range(7):
    rb.push(i)
    print(i, rb.items())
window = []
averages = []
for v in [10, 20, 30, 40, 50]:
    window.append(v)
    if len(window) > 3:
        window.pop(0)
    averages.append(sum(window) / len(window))
print(averages)
