"""A small asyncio-style program."""
import asyncio
import contextlib


class RateLimiter:
    def __init__(self, rate: float) -> None:
        self.rate = rate
        self._lock = asyncio.Lock()

    async def __aenter__(self):
        await self._lock.acquire()
        return self

    async def __aexit__(self, *exc_info):
        await asyncio.sleep(1 / self.rate)
        self._lock.release()
        return False


async def fetch(url: str, *, limiter: RateLimiter, retries: int = 3) -> bytes:
    for attempt in range(1, retries + 1):
        async with limiter:
            try:
                reader, writer = await asyncio.open_connection(url, 80)
            except OSError as exc:
                if attempt == retries:
                    raise
                continue
            else:
                writer.write(b"GET / HTTP/1.0\r\n\r\n")
                data = await reader.read()
                writer.close()
                return data
    raise AssertionError("unreachable")


async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


async def main(urls):
    limiter = RateLimiter(rate=5.0)
    results = await asyncio.gather(*(fetch(u, limiter=limiter) for u in urls),
                                   return_exceptions=True)
    sizes = {u: len(r) async for u, r in aiter_pairs(urls, results)
             if not isinstance(r, BaseException)}
    async for tick in ticker(3):
        print(f"tick {tick}")
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(10)
    except* TimeoutError as eg:
        print(len(eg.exceptions))
    with contextlib.suppress(KeyError):
        del sizes["missing"]
    return sizes


async def aiter_pairs(a, b):
    for pair in zip(a, b):
        yield pair


if __name__ == "__main__":
    print(asyncio.run(main(["example.com"])))
