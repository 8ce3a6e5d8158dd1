# Each thread has its own current context; a new thread starts in an empty one.
import contextvars
import threading

var = contextvars.ContextVar('var', default='default')
var.set('main')
seen = []


def work(n):
    seen.append((n, var.get()))
    token = var.set('thread %d' % n)
    seen.append((n, var.get()))
    var.reset(token)
    seen.append((n, var.get(), len(list(contextvars.copy_context().items()))))


ts = [threading.Thread(target=work, args=(n,)) for n in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join(20)
print(sorted(seen))
print(var.get())

# Context.run carries a context into a thread.
ctx = contextvars.copy_context()
out = []
t = threading.Thread(target=lambda: out.append(ctx.run(var.get)))
t.start()
t.join(20)
print(out)
