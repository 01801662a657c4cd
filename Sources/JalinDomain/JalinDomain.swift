public enum JalinDomain {}
