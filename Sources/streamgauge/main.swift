print("streamgauge")
