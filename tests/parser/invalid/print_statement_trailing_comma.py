print 'a',
