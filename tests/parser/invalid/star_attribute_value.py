x = *a.b
