import JalinDomain
public enum JalinNaskah {}
