package org.stencilforge.symbolic;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.matheclipse.core.basic.Config;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.IInteger;
import org.matheclipse.core.interfaces.ISymbol;
import org.stencilforge.StencilforgeException;
import org.stencilforge.arithmetic.Rational;

/**
 * The bridge to Symja: builds Symja expressions from {@link Expr} trees (each
 * user symbol becomes a fresh Symja dummy symbol, so no user name ever reaches
 * Symja's namespace), reads results back into trees, and runs a whole
 * computation on a daemon worker thread under a time limit.
 *
 * <p>Symja is loaded the first time {@link #run} is called, never by the
 * numeric paths. Its parallel helper threads are switched off
 * ({@code Config.JAS_NO_THREADS}): they are non-daemon threads that would
 * keep the JVM alive for a minute after the work is done.
 */
final class Symja {

    /** How long Symja's one-time start may take before it counts as a failure. */
    static final long START_SECONDS = 300;

    private Symja() {
    }

    /** One computation's engine and symbol table. */
    static final class Session {
        final EvalEngine engine;
        private final Map<String, ISymbol> symbols = new LinkedHashMap<>();
        private final Map<ISymbol, String> names = new HashMap<>();

        Session(EvalEngine engine) {
            this.engine = engine;
        }

        /** @return the evaluated expression; throws Symja's TimeoutException when stopped */
        IExpr eval(IExpr e) {
            return engine.evaluate(e);
        }

        /** @return the Symja dummy symbol for a user symbol */
        ISymbol symbol(String name) {
            return symbols.computeIfAbsent(name, n -> {
                ISymbol s = F.Dummy("sf" + symbols.size());
                names.put(s, n);
                return s;
            });
        }

        /** @return the Symja expression of a tree */
        IExpr toSymja(Expr e) {
            if (e instanceof Expr.Num n) {
                Rational r = n.value();
                return r.isInteger() ? F.ZZ(r.numerator()) : F.fraction(r.numerator(), r.denominator());
            } else if (e instanceof Expr.Sym s) {
                return symbol(s.name());
            } else if (e instanceof Expr.Sum s) {
                return F.Plus(s.terms().stream().map(this::toSymja).toArray(IExpr[]::new));
            } else if (e instanceof Expr.Product p) {
                return F.Times(p.factors().stream().map(this::toSymja).toArray(IExpr[]::new));
            }
            Expr.Power p = (Expr.Power) e;
            return F.Power(toSymja(p.base()), F.ZZ(p.exponent()));
        }

        /** @return the expression cancelled, then numerator and denominator factored, as one flat product */
        Expr simplified(IExpr e) {
            IExpr c = eval(F.Cancel(F.Together(e)));
            if (c.isZero()) {
                return Expr.number(0);
            }
            List<Expr> parts = new ArrayList<>(factors(eval(F.Factor(F.Numerator(c)))));
            for (Expr f : factors(eval(F.Factor(F.Denominator(c))))) {
                parts.add(f instanceof Expr.Power p ? Expr.power(p.base(), -p.exponent())
                        : f instanceof Expr.Num q ? Expr.number(Rational.ONE.divide(q.value())) : Expr.power(f, -1));
            }
            return Expr.product(parts.stream().filter(p -> !(p instanceof Expr.Num q && q.value().equals(Rational.ONE)))
                    .toList());
        }

        private List<Expr> factors(IExpr factored) {
            Expr e = fromSymja(factored);
            return e instanceof Expr.Product p ? p.factors() : List.of(e);
        }

        /** @return the tree of an evaluated Symja expression: numbers, our symbols, Plus, Times, integer Power */
        Expr fromSymja(IExpr e) {
            if (e instanceof IInteger i) {
                return Expr.number(Rational.of(i.toBigNumerator()));
            } else if (e instanceof IFraction f) {
                return Expr.number(Rational.of(f.toBigNumerator(), f.toBigDenominator()));
            } else if (e instanceof ISymbol s) {
                String name = names.get(s);
                if (name == null) {
                    throw new IllegalStateException("Symja returned the unknown symbol " + s);
                }
                return Expr.symbol(name);
            } else if (e instanceof IAST ast) {
                List<Expr> args = new ArrayList<>();
                if (ast.isPlus() || ast.isTimes()) {
                    for (int i = 1; i < ast.size(); i++) {
                        args.add(fromSymja(ast.get(i)));
                    }
                    return ast.isPlus() ? Expr.sum(args) : Expr.product(signOutside(args));
                }
                if (ast.isPower() && ast.arg2() instanceof IInteger k) {
                    return Expr.power(fromSymja(ast.arg1()), k.toIntDefault());
                }
            }
            throw new IllegalStateException("Symja returned an expression outside rational functions: "
                    + e.fullFormString());
        }
    }

    /**
     * Factors of a product with the sign of every sum whose terms are all negative
     * moved to the number in front: {@code -5*(hx^2 + hy^2)}, not {@code 5*(-hx^2 - hy^2)}.
     */
    private static List<Expr> signOutside(List<Expr> factors) {
        List<Expr> out = new ArrayList<>(factors);
        boolean flip = false;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof Expr.Sum sum && sum.terms().stream().allMatch(ExprText::negative)) {
                out.set(i, Expr.sum(sum.terms().stream().map(Symja::negated).toList()));
                flip = !flip;
            }
        }
        if (flip) {
            int n = out.get(0) instanceof Expr.Num ? 0 : -1;
            if (n < 0) {
                out.add(0, Expr.number(-1));
            } else {
                out.set(0, negated(out.get(0)));
            }
            if (out.get(0) instanceof Expr.Num one && one.value().equals(Rational.ONE) && out.size() > 1) {
                out.remove(0);
            }
        }
        return out;
    }

    /** @return a negative term with its number negated: {@code hx^2} from {@code -hx^2} */
    private static Expr negated(Expr term) {
        if (term instanceof Expr.Num n) {
            return Expr.number(n.value().negate());
        }
        if (term instanceof Expr.Product p) {
            List<Expr> f = new ArrayList<>(p.factors());
            for (int i = 0; i < f.size(); i++) {
                if (f.get(i) instanceof Expr.Num n) {
                    if (n.value().negate().equals(Rational.ONE)) {
                        f.remove(i);
                    } else {
                        f.set(i, Expr.number(n.value().negate()));
                    }
                    return Expr.product(f);
                }
            }
        }
        return Expr.negate(term);
    }

    /**
     * Runs a computation on a fresh daemon thread with its own Symja engine.
     * The clock starts once Symja has started; past {@code seconds} the
     * engine is asked to stop and the thread is interrupted and abandoned
     * (it is a daemon, so it cannot keep the JVM alive).
     *
     * @param seconds the time limit
     * @param what what is computed, for the message: {@code "the symbolic weights"}
     * @param work the computation
     * @return its result
     * @throws StencilforgeException past the time limit, or as thrown by {@code work}
     */
    static <T> T run(double seconds, String what, Function<Session, T> work) {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<EvalEngine> engine = new AtomicReference<>();
        FutureTask<T> task = new FutureTask<>(() -> {
            try {
                EvalEngine e = start();
                engine.set(e);
                started.countDown();
                return work.apply(new Session(e));
            } finally {
                started.countDown();
                EvalEngine.remove();
            }
        });
        Thread thread = new Thread(task, "stencilforge-symja");
        thread.setDaemon(true);
        thread.start();
        try {
            if (!started.await(START_SECONDS, TimeUnit.SECONDS)) {
                abandon(thread, engine.get());
                throw new StencilforgeException("the algebra system (Symja) did not start within " + START_SECONDS
                        + " seconds: the machine is overloaded, try again");
            }
            return task.get((long) Math.ceil(seconds * 1000), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandon(thread, engine.get());
            throw timeout(seconds, what);
        } catch (InterruptedException e) {
            abandon(thread, engine.get());
            Thread.currentThread().interrupt();
            throw new StencilforgeException("interrupted while computing " + what);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof StencilforgeException s) {
                throw s;
            }
            if (cause instanceof org.matheclipse.core.eval.exception.TimeoutException) {
                throw timeout(seconds, what);
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static StencilforgeException timeout(double seconds, String what) {
        return new StencilforgeException("computing " + what + " took longer than the limit of "
                + String.format(Locale.ROOT, "%s", seconds == Math.rint(seconds) ? Long.toString((long) seconds)
                        : Double.toString(seconds))
                + " seconds: use fewer points or symbols, or raise the limit with --max-seconds");
    }

    private static void abandon(Thread thread, EvalEngine engine) {
        if (engine != null) {
            engine.stopRequest();
        }
        thread.interrupt();
    }

    /** A quiet engine for the current thread; loads Symja on first use. */
    private static EvalEngine start() {
        synchronized (Symja.class) {
            Config.JAS_NO_THREADS = true;
        }
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        EvalEngine engine = new EvalEngine("stencilforge", Config.DEFAULT_RECURSION_LIMIT, quiet, false);
        engine.setErrorPrintStream(quiet);
        engine.setQuietMode(true);
        engine.setOutListDisabled(true, (short) 0);
        EvalEngine.set(engine);
        F.initSymbols();
        return engine;
    }
}
