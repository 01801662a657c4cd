import Vapor

/// A command that needs a migrated database (and the reference seed) before it runs: `jalin` runs
/// `siapkanDatabase` first for these, and for `serve`. Commands that must work on a database as they
/// find it (`backup`, `restore`, `export`, `kirim-pengingat`, `migrate`, `routes`) do not conform.
protocol PerintahDenganMigrasi: AsyncCommand {}

extension ImporWilayahCommand: PerintahDenganMigrasi {}
extension ImporBatasCommand: PerintahDenganMigrasi {}
extension ImporKerjaSamaCommand: PerintahDenganMigrasi {}
extension GenerateLoadDataCommand: PerintahDenganMigrasi {}
extension TambahPemdaCommand: PerintahDenganMigrasi {}

extension AsyncCommands {
    /// The command `jalin` will run for these arguments (without the executable's name): a name it
    /// knows, or the default (`serve`) when there is none or the first argument is an option.
    func perintah(untuk argumen: [String]) -> (any AnyAsyncCommand)? {
        guard let nama = argumen.first, !nama.hasPrefix("-") else { return defaultCommand }
        return commands[nama]
    }
}
