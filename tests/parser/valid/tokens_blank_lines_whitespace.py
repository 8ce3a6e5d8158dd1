if x:
    a = 1

      
  # comment at odd indentation
	
    b = 2
        # deeper comment
c = 3
   
