# nothing
   # here