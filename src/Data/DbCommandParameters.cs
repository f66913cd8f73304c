using System.Data.Common;

namespace Verkostoportaali.Data;

/// <summary>Named parameters for plain commands, the same on SQLite and PostgreSQL (both bind <c>@name</c> to "name").</summary>
public static class DbCommandParameters
{
    public static void AddParameter(this DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        (parameter.ParameterName, parameter.Value) = (name, value);
        command.Parameters.Add(parameter);
    }
}
