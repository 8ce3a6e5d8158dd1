x = f'{x!r }'
