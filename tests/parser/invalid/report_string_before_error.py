s = 'a +* b' +* c
