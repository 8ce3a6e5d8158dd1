x = '\N{EURO SIGN'
