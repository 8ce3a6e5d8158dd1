def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("parse failed for " + s) from e


print(parse("12"))
print(parse("twelve"))
