"""What makes builds fast, behind one seam: the build cache, worker processes, memos."""
