# flags: 0x2000
await x
async with a:
    pass
async for i in y:
    pass
z = [i async for i in y]
