from a import b as False
