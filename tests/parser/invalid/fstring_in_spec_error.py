x = f'{x:{a b}}'
