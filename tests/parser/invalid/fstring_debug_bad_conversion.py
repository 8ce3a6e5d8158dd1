x = f'{x=!z}'
