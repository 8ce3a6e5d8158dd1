"""AsyncMock: a mock whose call returns a coroutine; awaiting it runs the side effect or
gives the return value, and is recorded in await_count/await_args/await_args_list."""

import inspect
from types import CodeType

from ._mock_call import DEFAULT, _Call, _CallList


def install(mock_module):
    """Makes AsyncMockMixin and AsyncMock over the classes of unittest.mock."""
    m = mock_module

    def awaited(name):
        key = '_mock_' + name

        def get(self):
            return self.__dict__[key]

        def set(self, value):
            self.__dict__[key] = value
        return property(get, set)

    class AsyncMockMixin(m.Base):
        await_count = awaited('await_count')
        await_args = awaited('await_args')
        await_args_list = awaited('await_args_list')

        def __init__(self, /, *args, **kwargs):
            super().__init__(*args, **kwargs)
            import asyncio.coroutines
            # asyncio.iscoroutinefunction() looks for this marker
            self.__dict__['_is_coroutine'] = asyncio.coroutines._is_coroutine
            self.__dict__['_mock_await_count'] = 0
            self.__dict__['_mock_await_args'] = None
            self.__dict__['_mock_await_args_list'] = _CallList()
            code_mock = m.NonCallableMock(spec_set=CodeType)
            code_mock.co_flags = inspect.CO_COROUTINE
            self.__dict__['__code__'] = code_mock

        async def _execute_mock_call(self, /, *args, **kwargs):
            this_call = _Call((args, kwargs), two=True)
            self.await_count += 1
            self.await_args = this_call
            self.await_args_list.append(this_call)
            effect = self.side_effect
            if effect is not None:
                if m._is_exception(effect):
                    raise effect
                elif not m._callable(effect):
                    try:
                        result = next(effect)
                    except StopIteration:
                        # a StopIteration cannot leave a coroutine (PEP 479)
                        raise StopAsyncIteration
                    if m._is_exception(result):
                        raise result
                elif inspect.iscoroutinefunction(effect):
                    result = await effect(*args, **kwargs)
                else:
                    result = effect(*args, **kwargs)
                if result is not DEFAULT:
                    return result
            if self._mock_return_value is not DEFAULT:
                return self.return_value
            if self._mock_wraps is not None:
                if inspect.iscoroutinefunction(self._mock_wraps):
                    return await self._mock_wraps(*args, **kwargs)
                return self._mock_wraps(*args, **kwargs)
            return self.return_value

        def assert_awaited(self):
            if self.await_count == 0:
                raise AssertionError(
                    f"Expected {self._mock_name or 'mock'} to have been awaited.")

        def assert_awaited_once(self):
            if not self.await_count == 1:
                raise AssertionError(
                    f"Expected {self._mock_name or 'mock'} to have been awaited once."
                    f" Awaited {self.await_count} times.")

        def assert_awaited_with(self, /, *args, **kwargs):
            if self.await_args is None:
                expected = self._format_mock_call_signature(args, kwargs)
                raise AssertionError(f'Expected await: {expected}\nNot awaited')
            expected = self._call_matcher(_Call((args, kwargs), two=True))
            actual = self._call_matcher(self.await_args)
            if actual != expected:
                cause = expected if isinstance(expected, Exception) else None
                raise AssertionError(self._format_mock_failure_message(
                    args, kwargs, action='await')) from cause

        def assert_awaited_once_with(self, /, *args, **kwargs):
            if not self.await_count == 1:
                raise AssertionError(
                    f"Expected {self._mock_name or 'mock'} to have been awaited once."
                    f" Awaited {self.await_count} times.")
            return self.assert_awaited_with(*args, **kwargs)

        def assert_any_await(self, /, *args, **kwargs):
            expected = self._call_matcher(_Call((args, kwargs), two=True))
            cause = expected if isinstance(expected, Exception) else None
            actual = [self._call_matcher(c) for c in self.await_args_list]
            if cause or not any(expected == c for c in actual):
                raise AssertionError('%s await not found' %
                                     self._format_mock_call_signature(args, kwargs)) from cause

        def assert_has_awaits(self, calls, any_order=False):
            expected = [self._call_matcher(c) for c in calls]
            cause = next((e for e in expected if isinstance(e, Exception)), None)
            all_awaits = _CallList(self._call_matcher(c) for c in self.await_args_list)
            if not any_order:
                if expected not in all_awaits:
                    if cause is None:
                        problem = 'Awaits not found.'
                    else:
                        problem = ('Error processing expected awaits.\nErrors: {}').format(
                            [e if isinstance(e, Exception) else None for e in expected])
                    raise AssertionError(f'{problem}\nExpected: {_CallList(calls)}\n'
                                         f'Actual: {self.await_args_list}') from cause
                return
            all_awaits = list(all_awaits)
            not_found = []
            for kall in expected:
                try:
                    all_awaits.remove(kall)
                except ValueError:
                    not_found.append(kall)
            if not_found:
                raise AssertionError('%r not all found in await list' %
                                     (tuple(not_found),)) from cause

        def assert_not_awaited(self):
            if self.await_count != 0:
                raise AssertionError(
                    f"Expected {self._mock_name or 'mock'} to not have been awaited."
                    f" Awaited {self.await_count} times.")

        def reset_mock(self, /, *args, **kwargs):
            super().reset_mock(*args, **kwargs)
            self.await_count = 0
            self.await_args = None
            self.await_args_list = _CallList()

    class AsyncMock(AsyncMockMixin, m.MagicMixin, m.Mock):
        """A MagicMock whose calls return coroutines (see the module docstring)."""

    m.AsyncMockMixin = AsyncMockMixin
    m.AsyncMock = AsyncMock
