x = f'{x!rr}'
