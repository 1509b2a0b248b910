#!/usr/bin/perl
# sgr-cells.pl ROLES STYLES CAPTURE: compare what reached a real terminal
# with what the theme says.
#
# CAPTURE is `tmux capture-pane -e -p` of a screen (text with SGR escapes),
# ROLES the headless dump of the same screen (a role letter per cell) and
# STYLES the headless dump of the theme's styles at the terminal's depth
# ("strength fg=2 bg=default bold").  Every cell's foreground and
# background colour in the capture is decoded from the escapes before it
# and compared with its role's colours (a blank cell's background only).  Prints one line per role found,
# "ROLE cells N wrong M", then "colour-escapes N" (how many SGR colour
# parameters were seen at all), and exits 1 when any cell is wrong.
# perl is part of every Debian system (perl-base is essential), so this
# needs nothing the suite does not already have.
use strict;
use warnings;

my ($roles_file, $styles_file, $capture_file) = @ARGV;
die "usage: sgr-cells.pl ROLES STYLES CAPTURE\n" unless defined $capture_file;

# role letter -> role name, from the roles dump's first line
open my $rf, '<:encoding(UTF-8)', $roles_file or die "$roles_file: $!\n";
my $legend = <$rf>;
my %name_of;
$name_of{$1} = $2 while $legend =~ /(\S)=([a-z-]+)/g;
my @role_rows = map { chomp; $_ } <$rf>;
close $rf;

# role name -> [fg, bg], "default" as -1
my %style;
open my $sf, '<', $styles_file or die "$styles_file: $!\n";
while (<$sf>) {
	my ($role) = /^(\S+)/ or next;
	my ($fg) = /fg=(\S+)/;
	my ($bg) = /bg=(\S+)/;
	$style{$role} = [ map { $_ eq 'default' ? -1 : $_ } $fg, $bg ];
}
close $sf;

# SGR parameters -> colour state; 3x/9x/38;5 foreground, 4x/10x/48;5 background
my $colour_params = 0;
sub apply_sgr {
	my ($state, $params) = @_;
	my @p = split /[;:]/, ($params eq '' ? '0' : $params);
	while (@p) {
		my $n = shift @p;
		$n = 0 if $n eq '';
		if ($n == 0) { @$state = (-1, -1) }
		elsif ($n >= 30 && $n <= 37) { $state->[0] = $n - 30; $colour_params++ }
		elsif ($n >= 90 && $n <= 97) { $state->[0] = $n - 90 + 8; $colour_params++ }
		elsif ($n == 39) { $state->[0] = -1 }
		elsif ($n >= 40 && $n <= 47) { $state->[1] = $n - 40; $colour_params++ }
		elsif ($n >= 100 && $n <= 107) { $state->[1] = $n - 100 + 8; $colour_params++ }
		elsif ($n == 49) { $state->[1] = -1 }
		elsif ($n == 38 || $n == 48) {
			my $mode = shift @p // 0;
			my $value = $mode == 5 ? (shift @p // 0) : -2; # truecolour: never a theme colour
			shift @p for 1 .. ($mode == 2 ? 3 : 0);
			$state->[ $n == 38 ? 0 : 1 ] = $value;
			$colour_params++;
		}
	}
}

open my $cf, '<:encoding(UTF-8)', $capture_file or die "$capture_file: $!\n";
my @state = (-1, -1);
my (%cells, %wrong);
my $y = 0;
while (my $line = <$cf>) {
	chomp $line;
	my $x = 0;
	while (length $line) {
		if ($line =~ s/^\e\[([0-9;:]*)m//) { apply_sgr(\@state, $1); next }
		if ($line =~ s/^\e[^a-zA-Z]*[a-zA-Z]//) { next }     # other escapes: not cells
		$line =~ s/^(.)//s;
		my $blank = $1 eq ' ';
		my $letter = substr($role_rows[$y] // '', $x, 1);
		$x++;
		next if $letter eq '';
		my $role = $name_of{$letter} // '?';
		my $want = $style{$role} or next;
		$cells{$role}++;
		# a blank cell's foreground cannot be seen, and a terminal that
		# erases a line (xterm's bce) leaves it at the default: only its
		# background counts
		$wrong{$role}++ if (!$blank && $state[0] != $want->[0]) || $state[1] != $want->[1];
	}
	$y++;
}
close $cf;

my $bad = 0;
for my $role (sort keys %cells) {
	printf "%s cells %d wrong %d\n", $role, $cells{$role}, $wrong{$role} // 0;
	$bad = 1 if $wrong{$role};
}
print "colour-escapes $colour_params\n";
exit $bad;
