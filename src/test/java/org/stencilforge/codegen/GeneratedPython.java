package org.stencilforge.codegen;

import org.stencilforge.ExternalTools;
import java.nio.file.Path;
import java.util.List;

/** Runs a generated Python module with a python3 that has NumPy, through a driver script. */
final class GeneratedPython extends Toolchain {

    private static String interpreter;


    private GeneratedPython(Path dir, String source) {
        super(dir, source);
    }

    /** @return {@code python3} if it has NumPy, else {@code /usr/bin/python3} if that has, else null */
    static synchronized String interpreter() {
        if (interpreter == null) {
            for (String candidate : new String[] {"python3", "/usr/bin/python3"}) {
                if (ExternalTools.runs(candidate, "-c", "import numpy")) {
                    interpreter = candidate;
                    break;
                }
            }
            if (interpreter == null) {
                interpreter = "";
            }
        }
        return interpreter.isEmpty() ? null : interpreter;
    }

    /**
     * @param source the module
     * @param name the module's name
     * @param pointwise whether it is a multidimensional stencil (else a whole-array operator)
     * @return the module, byte-compiled, with its driver
     */
    static GeneratedPython compile(String source, String name, boolean pointwise) {
        ExternalTools.require(interpreter() != null, "python3 with NumPy", "apt-get install python3-numpy");
        Path dir = tempDir("stencilforge-python");
        write(dir.resolve(name + ".py"), source);
        String driver = pointwise ? pointDriver(name) : arrayDriver(name);
        write(dir.resolve("driver.py"), driver);
        exec(dir, "", source, interpreter(), "-W", "error", "-m", "py_compile", name + ".py");
        return new GeneratedPython(dir, source);
    }

    private static String arrayDriver(String name) {
        return "import sys\nimport numpy as np\nimport " + name + " as m\n\n"
                + "data = sys.stdin.read().split()\npos = 0\n\n\n"
                + "def take(k):\n    global pos\n    pos += k\n    return data[pos - k:pos]\n\n\n"
                + "out = [repr(m.MIN_LENGTH)]\n"
                + "for _ in range(int(take(1)[0])):\n"
                + "    n = int(take(1)[0])\n    h = float(take(1)[0])\n"
                + "    f = np.array([float(x) for x in take(n)])\n    g = np.array([float(x) for x in take(n)])\n"
                + "    try:\n"
                + "        a = m.apply_all(f, h)\n        b = m.apply_adjoint(g, h)\n"
                + "        assert type(a) is np.ndarray and a.shape == (n,) and b.shape == (n,)\n"
                + "        r = [m.apply(f, i, h) for i in range(n)]\n"
                + "    except ValueError:\n"
                + "        a = b = r = [float('nan')] * n\n"
                + "    out += [repr(float(x)) for x in a]\n    out += [repr(float(x)) for x in b]\n"
                + "    out += [repr(float(x)) for x in r]\n"
                + "print('\\n'.join(out))\n";
    }

    private static String pointDriver(String name) {
        return "import sys\nimport numpy as np\nimport " + name + " as m\n\n"
                + "data = sys.stdin.read().split()\n"
                + "d = int(data[0])\nshape = [int(x) for x in data[1:1 + d]]\nh = float(data[1 + 2 * d])\n"
                + "n = int(data[2 + 2 * d])\n"
                + "f = np.array([float(x) for x in data[3 + 2 * d:3 + 2 * d + n]]).reshape(shape)\n"
                + "r = m.apply_interior(f, h)\n"
                + "assert r.shape == tuple(s - int(x) for s, x in zip(shape, sys.argv[1].split(','))), r.shape\n"
                + "print('\\n'.join(repr(float(x)) for x in r.ravel()))\n";
    }

    /** The grid's indices are ignored: Python returns the whole interior, in C order. */
    @Override
    double[] run(Grid grid) {
        throw new UnsupportedOperationException("use run(grid, reach)");
    }

    /**
     * @param grid the values in C order
     * @param reach how much each axis loses, {@code below + above}
     * @return the interior, in C order
     */
    double[] run(Grid grid, int[] reach) {
        StringBuilder r = new StringBuilder();
        for (int k = 0; k < reach.length; k++) {
            r.append(k == 0 ? "" : ",").append(reach[k]);
        }
        return array(parse(exec(dir, input(grid), source, command(r.toString()))));
    }

    @Override
    String[] command(String... arguments) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(interpreter(), "-W", "error", "driver.py"),
                java.util.stream.Stream.of(arguments)).toArray(String[]::new);
    }
}
