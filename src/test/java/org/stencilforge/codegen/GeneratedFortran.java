package org.stencilforge.codegen;

import org.stencilforge.ExternalTools;
import java.nio.file.Path;
import java.util.List;

/** Compiles a generated Fortran module with gfortran (Fortran 2008, every warning an error) and runs a driver. */
final class GeneratedFortran extends Toolchain {

    private static Boolean available;


    private GeneratedFortran(Path dir, String source) {
        super(dir, source);
    }

    static synchronized boolean available() {
        if (available == null) {
            available = ExternalTools.runs("gfortran", "--version");
        }
        return available;
    }

    /**
     * @param source the module
     * @param name the module's name
     * @param pointwise whether it is a multidimensional stencil (else a whole-array operator)
     * @return the compiled driver
     */
    static GeneratedFortran compile(String source, String name, boolean pointwise) {
        ExternalTools.require(available(), "gfortran", "apt-get install gfortran");
        Path dir = tempDir("stencilforge-fortran");
        write(dir.resolve("generated.f90"), source);
        String driver = pointwise ? pointDriver(name) : arrayDriver(name);
        write(dir.resolve("driver.f90"), driver);
        exec(dir, "", source, "gfortran", "-std=f2008", "-Wall", "-Werror", "-O2", "-c", "generated.f90");
        exec(dir, "", driver, "gfortran", "-std=f2008", "-Wall", "-Werror", "-O2", "driver.f90", "generated.o", "-o",
                "driver");
        return new GeneratedFortran(dir, source);
    }

    private static String arrayDriver(String name) {
        return "program driver\n"
                + "  use, intrinsic :: iso_fortran_env, only: real64\n"
                + "  use " + name + ", only: apply, apply_all, apply_adjoint, min_length\n"
                + "  implicit none\n"
                + "  integer :: k, cases, n, i\n  real(real64) :: h\n"
                + "  real(real64), allocatable :: f(:), g(:), out(:)\n"
                + "  read (*, *) cases\n  write (*, '(i0)') min_length\n"
                + "  do k = 1, cases\n    read (*, *) n, h\n    allocate (f(n), g(n), out(n))\n"
                + "    read (*, *) f\n    read (*, *) g\n"
                + "    call apply_all(f, out, h)\n    write (*, '(es26.17e3)') out\n"
                + "    call apply_adjoint(g, out, h)\n    write (*, '(es26.17e3)') out\n"
                + "    do i = 1, n\n      write (*, '(es26.17e3)') apply(f, i, h)\n    end do\n"
                + "    deallocate (f, g, out)\n  end do\nend program driver\n";
    }

    private static String pointDriver(String name) {
        return "program driver\n"
                + "  use, intrinsic :: iso_fortran_env, only: real64\n"
                + "  use " + name + ", only: apply, ndim\n"
                + "  implicit none\n"
                + "  integer :: d, n, count, j\n  real(real64) :: h\n"
                + "  integer, allocatable :: shape_(:), strides(:), indices(:)\n"
                + "  real(real64), allocatable :: f(:)\n"
                + "  read (*, *) d\n  if (d /= ndim) error stop 2\n"
                + "  allocate (shape_(d), strides(d))\n  read (*, *) shape_\n  read (*, *) strides\n"
                + "  read (*, *) h\n  read (*, *) n\n  allocate (f(n))\n  read (*, *) f\n"
                + "  read (*, *) count\n  allocate (indices(count))\n  read (*, *) indices\n"
                + "  do j = 1, count\n    write (*, '(es26.17e3)') apply(f, indices(j) + 1, strides, h)\n  end do\n"
                + "end program driver\n";
    }
}
