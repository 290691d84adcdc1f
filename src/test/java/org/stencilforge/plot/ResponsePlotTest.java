package org.stencilforge.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The labels of the chart's axes. */
class ResponsePlotTest {

    @Test
    void multiplesOfAnEighthOfPiAreWrittenAsFractionsOfPi() {
        // ticks fall on x = k/8 (in units of π); 2/8 = 1/4, 4/8 = 1/2, 6/8 = 3/4 reduced by hand
        assertEquals("0", ResponsePlot.piLabel(0));
        assertEquals("π/8", ResponsePlot.piLabel(0.125));
        assertEquals("π/4", ResponsePlot.piLabel(0.25));
        assertEquals("3π/8", ResponsePlot.piLabel(0.375));
        assertEquals("π/2", ResponsePlot.piLabel(0.5));
        assertEquals("3π/4", ResponsePlot.piLabel(0.75));
        assertEquals("π", ResponsePlot.piLabel(1));
    }
}
