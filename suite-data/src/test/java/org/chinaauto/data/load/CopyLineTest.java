package org.chinaauto.data.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CopyLineTest {

    enum Measure {
        SALES
    }

    @Test
    void nullIsAnEmptyCellTextIsQuotedNumbersAreWrittenInFull() {
        StringWriter out = new StringWriter();
        CopyLine.write(out, 7, new Object[] { Measure.SALES, new BigDecimal("1.5E+7"), null, "", "say \"nearly\", 15",
                LocalDate.of(2025, 11, 30), 3L });
        assertThat(out).hasToString("7,SALES,15000000,,\"\",\"say \"\"nearly\"\", 15\",2025-11-30,3\n");
    }
}
