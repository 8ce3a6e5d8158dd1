import asyncio
import unittest
from helpers import uthelp

events = []


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append("setUp")

    async def asyncSetUp(self):
        events.append("asyncSetUp")
        self.value = await asyncio.sleep(0, result=41)

    async def test_await(self):
        events.append("test_await")
        self.assertEqual(self.value + 1, 42)
        self.addAsyncCleanup(self.cleanup, "async cleanup")

    async def test_fails(self):
        await asyncio.sleep(0)
        self.assertEqual(self.value, 0)

    def test_sync(self):
        events.append("test_sync")
        self.assertIsInstance(asyncio.get_event_loop(), asyncio.AbstractEventLoop)

    async def cleanup(self, what):
        events.append(what)

    async def asyncTearDown(self):
        events.append("asyncTearDown")

    def tearDown(self):
        events.append("tearDown")


uthelp.run(AsyncTests, verbosity=2)
print(events)
