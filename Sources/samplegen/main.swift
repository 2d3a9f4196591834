print("samplegen")
