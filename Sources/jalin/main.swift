import JalinServer

try await JalinApp.jalankan()
