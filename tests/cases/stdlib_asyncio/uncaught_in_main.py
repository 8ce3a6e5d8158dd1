# An exception escaping the main coroutine ends asyncio.run and the program.
import asyncio


async def child():
    await asyncio.sleep(0)
    raise ValueError("child failed")


async def main():
    print("main starts")
    await asyncio.gather(child(), asyncio.sleep(0.01))
    print("not reached")


asyncio.run(main())
