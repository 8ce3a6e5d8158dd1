x = f'a{ }b'
