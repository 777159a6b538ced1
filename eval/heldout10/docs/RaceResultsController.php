<?php
// app/Http/Controllers/RaceResultsController.php - Riverbend Running Club timing site

namespace App\Http\Controllers;

use App\Models\Race;
use App\Models\Result;
use Illuminate\Http\Request;

class RaceResultsController extends Controller
{
    /** GET /races/{race}/results?category=M40 */
    public function index(Request $request, Race $race)
    {
        $query = Result::where('race_id', $race->id)->orderBy('chip_time_s');

        if ($cat = $request->query('category')) {
            $query->where('age_category', $cat);   // e.g. SEN, M40, F50
        }

        return view('races.results', [
            'race'     => $race,            // "Riverbend Half Marathon 2026"
            'results'  => $query->paginate(100),
            'finishers'=> Result::where('race_id', $race->id)->count(),
            'course'   => $race->distance_km . ' km, ' . $race->elevation_m . ' m climb',
        ]);
    }

    /** Import the CSV exported by the chip-timing mats (bib, gun time, chip time). */
    public function import(Request $request, Race $race)
    {
        $rows = array_map('str_getcsv', file($request->file('timing')->getRealPath()));
        array_shift($rows);
        foreach ($rows as [$bib, $gun, $chip, $cat]) {
            Result::updateOrCreate(
                ['race_id' => $race->id, 'bib' => (int) $bib],
                ['gun_time_s' => (int) $gun, 'chip_time_s' => (int) $chip, 'age_category' => $cat]
            );
        }
        return redirect()->route('races.results', $race)->with('status', count($rows) . ' results imported');
    }
}
