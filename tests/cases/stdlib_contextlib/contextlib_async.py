import contextlib

log = []

@contextlib.asynccontextmanager
async def resource(name):
    log.append('open ' + name)
    try:
        yield name
    finally:
        log.append('close ' + name)

async def main():
    async with resource('a') as r:
        log.append('use ' + r)
    async with contextlib.AsyncExitStack() as stack:
        x = await stack.enter_async_context(resource('b'))
        stack.callback(log.append, 'sync cb')
        async def acb(v):
            log.append('async cb ' + v)
        stack.push_async_callback(acb, 'z')
        log.append('in stack ' + x)
    class Closer:
        async def aclose(self):
            log.append('aclosed')
    async with contextlib.aclosing(Closer()):
        pass
    async with contextlib.nullcontext(7) as n:
        log.append('null %d' % n)
    try:
        async with resource('c'):
            raise ValueError('v')
    except ValueError as e:
        log.append('caught ' + str(e))
    return 'done'

coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print(e.value)
print(log)
