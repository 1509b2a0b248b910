#!/usr/bin/perl
# csv-strict.pl [--tsv] [--fields N] FILE: read FILE strictly as RFC 4180 CSV
# (or, with --tsv, tab-separated values with no quoting) and print each
# record's fields joined by a tab (a tab or line break inside a field is
# printed as \t or \n), one record a line.  Fails (exit 1, a message on
# stderr naming the line) on: a quote inside an unquoted field, anything
# but a separator or the record's end after a closing quote, an unclosed
# quote, a bare CR or LF where a CSV record must end in CRLF, a record
# with another number of fields than the first, invalid UTF-8.
use strict;
use warnings;
use Encode qw(decode FB_CROAK);

my ($tsv, $want) = (0, undef);
while (@ARGV && $ARGV[0] =~ /^--/) {
  my $o = shift @ARGV;
  if ($o eq '--tsv') { $tsv = 1 } elsif ($o eq '--fields') { $want = shift @ARGV } else { die "bad option $o\n" }
}
my $file = shift @ARGV or die "usage: csv-strict.pl [--tsv] [--fields N] FILE\n";
open my $fh, '<:raw', $file or die "$file: $!\n";
my $bytes = do { local $/; <$fh> };
my $text = eval { decode('UTF-8', $bytes, FB_CROAK) };
die "$file: not valid UTF-8\n" unless defined $text;

my $line = 1;
sub bad { print STDERR "$file:$line: $_[0]\n"; exit 1 }
sub out { my @f = map { my $x = $_; $x =~ s/\t/\\t/g; $x =~ s/\n/\\n/g; $x =~ s/\r/\\r/g; $x } @_;
          binmode STDOUT, ':encoding(UTF-8)'; print join("\t", @f), "\n" }

my $nfields = $want;
my $count_fields = sub {
  my $n = scalar @_;
  $nfields //= $n;
  bad("$n fields, not $nfields") if $n != $nfields;
};
if ($tsv) {
  bad("no LF at the end") if length $text && substr($text, -1) ne "\n";
  chop $text;
  for my $rec (split /\n/, $text, -1) {
    bad("a CR in a TSV record") if $rec =~ /\r/;
    my @f = split /\t/, $rec, -1;
    $count_fields->(@f);
    out(@f);
    $line++;
  }
  exit 0;
}
my $i = 0;
my $len = length $text;
while ($i < $len) {
  my @f;
  while (1) {
    my $field = '';
    if (substr($text, $i, 1) eq '"') {
      $i++;
      while (1) {
        bad("an unclosed quote") if $i >= $len;
        my $c = substr($text, $i, 1);
        if ($c eq '"') {
          if (substr($text, $i + 1, 1) eq '"') { $field .= '"'; $i += 2; next }
          $i++;
          last;
        }
        $line++ if $c eq "\n";
        $field .= $c;
        $i++;
      }
      my $next = substr($text, $i, 2);
      bad("text after a closing quote") unless $next =~ /^(,|\r\n)/ || $i >= $len;
    } else {
      while ($i < $len) {
        my $c = substr($text, $i, 1);
        last if $c eq ',' || $c eq "\r" || $c eq "\n";
        bad("a quote inside an unquoted field") if $c eq '"';
        $field .= $c;
        $i++;
      }
    }
    push @f, $field;
    bad("the file does not end with CRLF") if $i >= $len;
    my $c = substr($text, $i, 1);
    if ($c eq ',') { $i++; next }
    bad("a record ends without CRLF") unless substr($text, $i, 2) eq "\r\n";
    $i += 2;
    last;
  }
  $count_fields->(@f);
  out(@f);
  $line++;
}
exit 0;
