import Fluent
import Vapor

extension Request {
    /// The database of this request: the participant's sandbox in training mode, else the main one.
    /// Handlers use this, never `db` (which is always the main database).
    var database: any Database {
        guard let s = simulasi else { return db }
        return db(KotakSimulasi.dbID(s.pesertaID))
    }
}
