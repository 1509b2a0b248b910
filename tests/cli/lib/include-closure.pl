#!/usr/bin/perl
# include-closure.pl HEADER: the program's sources (src/*/*.c) that include
# HEADER, directly or through other headers, one a line.  Quoted includes
# only: "STAGE/name.h" is include/STAGE/name.h, "name.h" is beside the file.
use strict;
use warnings;
my $want = shift or die "usage: include-closure.pl HEADER\n";

my %direct;
sub includes_of {
	my ($file) = @_;
	return @{ $direct{$file} } if $direct{$file};
	my @inc;
	if (open my $f, '<', $file) {
		(my $dir = $file) =~ s{/[^/]*$}{};
		while (<$f>) {
			next unless /^\s*#\s*include\s+"([^"]+)"/;
			my $name = $1;
			my $path = $name =~ m{/} ? "include/$name" : "$dir/$name";
			push @inc, $path if -f $path;
		}
		close $f;
	}
	$direct{$file} = \@inc;
	return @inc;
}

for my $src (sort glob('src/*/*.c')) {
	my (%seen, @todo) = ();
	@todo = includes_of($src);
	while (@todo) {
		my $h = shift @todo;
		next if $seen{$h}++;
		push @todo, includes_of($h);
	}
	print "$src\n" if $seen{$want};
}
