package org.stencilforge.linear;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.stencilforge.arithmetic.Rational;

/**
 * Arithmetic modulo a prime below {@code 2^31}, so that a product of two
 * residues fits in a {@code long}. Immutable.
 *
 * @param p the prime
 */
public record Modulus(long p) {

    private static final List<Modulus> PRIMES = new ArrayList<>();

    /**
     * @param k an index from 0
     * @return the {@code k}-th largest prime below {@code 2^31}; the same list every time
     */
    public static synchronized Modulus prime(int k) {
        BigInteger candidate = PRIMES.isEmpty() ? BigInteger.TWO.pow(31) : BigInteger.valueOf(PRIMES.get(
                PRIMES.size() - 1).p());
        while (PRIMES.size() <= k) {
            do {
                candidate = candidate.subtract(BigInteger.ONE);
            } while (!candidate.isProbablePrime(60));
            PRIMES.add(new Modulus(candidate.longValueExact()));
        }
        return PRIMES.get(k);
    }

    /** @return {@code a b mod p} for residues */
    public long multiply(long a, long b) {
        return a * b % p;
    }

    /** @return {@code a - b mod p} for residues */
    public long subtract(long a, long b) {
        long r = a - b;
        return r < 0 ? r + p : r;
    }

    /** @return {@code a^{-1} mod p} for a non-zero residue */
    public long inverse(long a) {
        return BigInteger.valueOf(a).modInverse(BigInteger.valueOf(p)).longValue();
    }

    /** @return {@code x mod p} in {@code [0, p)} */
    public long of(BigInteger x) {
        return x.mod(BigInteger.valueOf(p)).longValue();
    }

    /**
     * @return {@code q mod p}
     * @throws ArithmeticException if {@code p} divides the denominator
     */
    public long of(Rational q) {
        long den = of(q.denominator());
        if (den == 0) {
            throw new ArithmeticException("the modulus divides a denominator");
        }
        return multiply(of(q.numerator()), inverse(den));
    }
}
