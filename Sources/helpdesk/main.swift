import ArgumentParser
import HelpdeskStore
print("hi")
