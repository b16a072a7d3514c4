package org.rissim.cli;

import org.rissim.chart.SummaryTable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --band} option of the plots of replicated runs (a picocli mixin). */
final class BandOption {
  @Option(names = "--band", defaultValue = "spread", converter = Names.class,
      description = "Band of replicated runs: spread (p025..p975, where 95%% of replicates lie) or "
          + "ci (ciLow..ciHigh, the 95%% confidence interval of the mean). Default: spread.")
  SummaryTable.Band band;

  /** Reads {@code spread} or {@code ci}. */
  static final class Names implements ITypeConverter<SummaryTable.Band> {
    @Override
    public SummaryTable.Band convert(String value) {
      return switch (value) {
        case "spread" -> SummaryTable.Band.SPREAD;
        case "ci" -> SummaryTable.Band.CI;
        default -> throw new TypeConversionException("must be spread or ci, not '" + value + "'");
      };
    }
  }
}
