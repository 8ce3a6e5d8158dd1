import asyncio
import inspect
import re
from unittest import mock
from unittest.mock import AsyncMock, MagicMock, patch, call


def r(o):
    return re.sub(r" id='\d+'", "", repr(o))


async def fetch(x):
    return x


class Service:
    async def get(self, key):
        return key

    def sync(self):
        return 1


async def main():
    m = AsyncMock(return_value=5)
    coro = m(1, k=2)
    print(inspect.iscoroutine(coro), m.called, m.await_count)
    print(await coro, m.await_count, m.await_args, m.await_args_list)
    m.assert_awaited_once_with(1, k=2)
    for check in (lambda: m.assert_awaited_with(2), lambda: m.assert_not_awaited(),
                  lambda: AsyncMock().assert_awaited(), lambda: m.assert_any_await(9),
                  lambda: m.assert_has_awaits([call(3)]), lambda: AsyncMock(name="n").assert_awaited_with(1)):
        try:
            check()
        except AssertionError as e:
            print("AssertionError:", e)
    se = AsyncMock(side_effect=[1, ValueError("v")])
    print(await se())
    try:
        await se()
    except ValueError as e:
        print("ValueError", e)
    try:
        await se()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    async def effect(a):
        return a * 3
    print(await AsyncMock(side_effect=effect)(4))
    print(await AsyncMock(wraps=fetch)(7))
    print(asyncio.iscoroutinefunction(AsyncMock()), r(AsyncMock().child), r(AsyncMock()()) if False else "")
    mm = MagicMock()
    async with mm as v:
        print(r(v), r(mm.__aenter__))
    mm.__aiter__.return_value = [1, 2]
    print([x async for x in mm])
    with patch("__main__.fetch") as pf:
        print(type(pf).__name__)
        pf.return_value = "patched"
        print(await fetch(1))
    with patch.object(Service, "get") as pg:
        print(type(pg).__name__)
    s = MagicMock(spec=Service)
    print(type(s.get).__name__, type(s.sync).__name__)
    m.reset_mock()
    print(m.await_count, m.await_args)

asyncio.run(main())
