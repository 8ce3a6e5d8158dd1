x = f'abc}def'
