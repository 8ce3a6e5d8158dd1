def which(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError as e:
        return "lookup " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except OSError as e:
        return "os " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__


for exc in [KeyError(), IndexError(), LookupError(), ZeroDivisionError(), OverflowError(),
            FileNotFoundError(), PermissionError(), ValueError(), UnicodeError(), RecursionError(),
            NotImplementedError(), StopIteration()]:
    print(which(exc))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__])
