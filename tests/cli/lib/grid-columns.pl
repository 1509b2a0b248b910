#!/usr/bin/perl
# grid-columns.pl TEXT: read the history grid as the pager gets it (p) and
# print, for every column in order, its header and each judgement word in
# it, one line per judged cell: "YEAR TYPE<TAB>word", the word in lower
# case as the export names it (outstanding, good, adequate,
# requires-improvement, inadequate).  Cells with a dash or nothing are not
# judged and print nothing.  A column is where its year starts in the
# first header line, up to where the next one starts.
use strict;
use warnings;
binmode STDOUT, ':encoding(UTF-8)';
open my $fh, '<:encoding(UTF-8)', $ARGV[0] or die "$ARGV[0]: $!\n";
my @lines = map { chomp; $_ } <$fh>;
my ($h1, $h2) = @lines[2, 3];
my @starts;
push @starts, $-[0] while $h1 =~ /\d{4}/g;
my %word = (Outstanding => 'outstanding', Good => 'good', Adequate => 'adequate',
            Requires => 'requires-improvement', Inadequate => 'inadequate');
for my $i (0 .. $#starts) {
  my ($from, $to) = ($starts[$i], $i < $#starts ? $starts[$i + 1] : 10000);
  my $head = substr($h1, $from, $to - $from) . ' ' . substr($h2 // '', $from, $to - $from);
  $head =~ s/\s+/ /g; $head =~ s/^ | $//g;
  for my $l (@lines[4 .. $#lines]) {
    last if $l eq '';
    next if length $l <= $from;
    my $cell = substr($l, $from, $to - $from);
    next unless $cell =~ /^(\w+)/;
    die "unknown word '$1' in column $head\n" unless $word{$1};
    print "$head\t$word{$1}\n";
  }
}
